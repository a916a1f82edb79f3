namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The errors the server answers with, in the documented shape and status codes.</summary>
internal static class DirectLineErrors
{
    public const string BadArgument = "BadArgument";
    public const string MissingProperty = "MissingProperty";
    public const string TokenExpired = "TokenExpired";
    public const string NotFound = "NotFound";
    public const string BotError = "BotError";
    public const string ConversationEnded = "ConversationEnded";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string TooManyRequests = "TooManyRequests";

    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new DirectLineErrorResponse(new DirectLineErrorBody(code, message)), statusCode: status);

    public static IResult MissingAuthorization() =>
        Result(StatusCodes.Status401Unauthorized, BadArgument, "The Authorization header is missing or malformed. Use 'Authorization: Bearer <secret or token>'.");

    public static IResult InvalidCredential() =>
        Result(StatusCodes.Status403Forbidden, BadArgument, "Invalid token or secret.");

    public static IResult Expired() =>
        Result(StatusCodes.Status403Forbidden, TokenExpired, "The token has expired. Get a new one with tokens/refresh before it expires, or start again.");

    public static IResult WrongConversation() =>
        Result(StatusCodes.Status403Forbidden, BadArgument, "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() =>
        Result(StatusCodes.Status404NotFound, NotFound, "Conversation not found.");

    public static IResult Ended() =>
        Result(StatusCodes.Status403Forbidden, ConversationEnded, "The conversation has ended; start a new one.");

    public static IResult Bad(string message) => Result(StatusCodes.Status400BadRequest, BadArgument, message);

    public static IResult Missing(string message) => Result(StatusCodes.Status400BadRequest, MissingProperty, message);

    public static IResult TooBig(string message) => Result(StatusCodes.Status413PayloadTooLarge, MessageSizeTooBig, message);

    public static IResult Bot() => Result(StatusCodes.Status502BadGateway, BotError, "The bot failed to handle the activity.");
}
