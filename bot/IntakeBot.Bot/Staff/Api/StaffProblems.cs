using Microsoft.AspNetCore.Http.HttpResults;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>The staff API's error answers: problem+json with a short reason, never internals.</summary>
internal static class StaffProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>Also the answer for another organisation's case, so that a key cannot learn that it exists.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(
            "Send a valid API key as 'Authorization: ApiKey <key>' or 'X-Api-Key: <key>'. Keys are made with 'admin create-api-key'.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized");

    public static ProblemHttpResult Unavailable() =>
        TypedResults.Problem("The case store is unavailable. Try again later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable");

    public static ProblemHttpResult Failed() =>
        TypedResults.Problem("The request failed. The error has been logged.", statusCode: StatusCodes.Status500InternalServerError, title: "Internal error");
}
