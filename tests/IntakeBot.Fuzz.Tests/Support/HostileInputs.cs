using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>
/// Generators of hostile request parts: texts (control characters, right-to-left, emoji, lone surrogates), JSON
/// bodies (malformed, wrong types, nested 10,000 deep, invalid UTF-8, huge), content types, ids and watermarks.
/// </summary>
internal static class HostileInputs
{
    public const int DeepNesting = 10_000;

    public static readonly string[] TextPieces =
    [
        "", " ", "\t", "\r\n", "\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202E", "\u200F", "\u200B", "\uFEFF", "\uFFFE", "\uFFFF",
        "مرحبا", "שלום", "\u202Eik wil dood\u202C", "😀", "👩‍👧‍👦", "🏳️‍🌈", "\uD800", "\uDC00", "\uDBFF\uDBFF", "ééé", "İı", "ﷺ", "𝕳𝖊𝖑𝖑𝖔",
        "Nederlands", "English", "ja", "nee", "stop", "klaar", "help", "ik wil een klacht indienen", "mijn naam is Sanne", "06-12345678",
        "Kracht", "veilig thuis", "ik wil dood", "{", "}", "\"", "\\", "<script>alert(1)</script>", "' OR 1=1 --", "%s%n", "${jndi:x}", "../../",
    ];

    public static readonly string[] JsonPieces =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "NaN", "\"type\"", "\"message\"", "\"text\"", "\"from\"", "\"\\ud800\"",
        "{\"type\":\"message\"}", "{\"type\":", "\"\\u0000\"", "/*", "*/", "\u00a0", "\uFEFF",
    ];

    public static readonly string[] ActivityTypes =
        ["message", "conversationUpdate", "event", "invoke", "typing", "endOfConversation", "messageReaction", "installationUpdate", "handoff", "", " ", "MESSAGE", "x".PadRight(65, 'x')];

    public static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "application/json; charset=utf-16",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=zzz", "application/vnd.microsoft.activity", "image/png", "*/*",
    ];

    public static readonly string[] Watermarks =
        ["", "0", "1", "-1", "abc", "1.5", "1e5", "0x10", " 1", "99999999999999999999999", "9223372036854775807", "-9223372036854775808", "%00", "😀", "\u0661", "1;2"];

    /// <summary>Any text: pieces, arbitrary UTF-16 units (lone surrogates included) and FsCheck's strings.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(TextPieces).ListOf().Select(parts => string.Concat(parts)),
        Gen.Choose(0, 0xFFFF).Select(unit => (char)unit).ArrayOf().Select(units => new string(units)),
        ArbMap.Default.GeneratorFor<string>().Select(text => text ?? string.Empty));

    /// <summary>A JSON value of any type, sometimes of the wrong type for the field it lands in.</summary>
    public static Gen<string> JsonValue { get; } = Gen.OneOf(
        Text.Select(text => JsonSerializer.Serialize(text)),
        Gen.Elements("null", "true", "0", "-1", "1e308", "123456789012345678901234567890", "[]", "{}", "[1,\"a\",null]", "{\"id\":{}}", "\"2025-13-45T99:99:99Z\""));

    /// <summary>A JSON object with activity fields, each given a hostile value.</summary>
    public static Gen<string> Activity { get; } =
        from type in Gen.OneOf(Gen.Elements(ActivityTypes).Select(name => JsonSerializer.Serialize(name)), JsonValue)
        from text in Gen.OneOf(Text.Select(value => JsonSerializer.Serialize(value)), JsonValue)
        from extra in Gen.Elements("from", "recipient", "conversation", "attachments", "entities", "channelData", "value", "timestamp", "locale", "membersAdded", "suggestedActions", "name", "replyToId", "id", "serviceUrl", "channelId", "textFormat", "unknownField")
            .Select(name => from value in JsonValue select $",\"{name}\":{value}")
            .SelectMany(field => field)
            .ListOf()
        select $"{{\"type\":{type},\"text\":{text}{string.Concat(extra)}}}";

    /// <summary>Bytes that are not UTF-8 (a lone continuation byte, an overlong form, an encoded surrogate) inside or instead of JSON.</summary>
    public static Gen<byte[]> InvalidUtf8 { get; } =
        from bad in Gen.Elements<byte[]>([0x80], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF, 0xFE], [0xFE])
        from inString in ArbMap.Default.GeneratorFor<bool>()
        select inString ? [.. "{\"type\":\"message\",\"text\":\""u8, .. bad, .. "\"}"u8] : bad;

    /// <summary>UTF-8 bodies: activities with hostile values, broken JSON, deep nesting, invalid UTF-8, huge texts.</summary>
    public static Gen<byte[]> Body { get; } = Gen.Frequency(
        (6, Activity.Select(Encoding.UTF8.GetBytes)),
        (3, Gen.Elements(JsonPieces.Concat(TextPieces).ToArray()).ListOf().Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))),
        (1, Gen.Choose(1, DeepNesting).SelectMany(depth => Gen.Elements("[", "{\"a\":", "{\"type\":\"message\",\"value\":").Select(open => Encoding.UTF8.GetBytes(Nested(open, depth))))),
        (1, InvalidUtf8),
        (1, Gen.Elements(25_000, 70_000).Select(length => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "message", text = new string('a', length) })))),
        (1, Gen.Constant(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = "message", text = new string('é', 200_000) })))));

    /// <summary>An id (conversation or file) that is sometimes valid-looking and usually not.</summary>
    public static Gen<string> Id { get; } = Gen.OneOf(
        Gen.Elements("", "x", "..", "%2e%2e", "%00", "a%2Fb", "😀", "\u202Eabc", new string('a', 5000), "IxUhW4C3OtqCJiv5KRpGb-eu", "abc|0000001"),
        Text.Select(Uri.EscapeDataString).Select(id => id.Length > 3000 ? id[..3000] : id));

    /// <summary>Opens <paramref name="open"/> <paramref name="depth"/> times and closes it again.</summary>
    public static string Nested(string open, int depth)
    {
        var close = open == "[" ? "]" : "}";
        var builder = new StringBuilder((open.Length + close.Length) * depth + 8);
        builder.Insert(0, open, depth).Append('1');
        builder.Insert(builder.Length, close, depth);
        return builder.ToString();
    }
}
