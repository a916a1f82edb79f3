using System.Text.Json.Nodes;
using IntakeBot.Content.Loading;
using IntakeBot.Content.Validation;

namespace IntakeBot.Content.Tests.Loading;

public sealed class JsonSchemaValidatorTests
{
    private static readonly JsonSchemaValidator Validator = new(JsonNode.Parse("""
        {
          "type": "object",
          "required": ["a"],
          "additionalProperties": false,
          "properties": {
            "a": { "anyOf": [ { "type": "string" }, { "$ref": "#/$defs/pair" } ] },
            "n": { "type": "integer", "minimum": 1 },
            "list": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z]+$" } }
          },
          "$defs": { "pair": { "type": "object", "required": ["je", "u"], "additionalProperties": false, "properties": { "je": { "type": "string" }, "u": { "type": "string" } } } }
        }
        """)!.AsObject(), "test");

    [Theory]
    [InlineData("""{"a": "x"}""", "")]
    [InlineData("""{"a": {"je": "x", "u": "y"}}""", "")]
    [InlineData("""{"a": {"je": "x"}}""", "/a: matches none")]
    [InlineData("""{"n": 0, "a": "x"}""", "/n: number 0 is below")]
    [InlineData("""{"a": "x", "list": []}""", "/list: needs at least 1")]
    [InlineData("""{"a": "x", "list": ["ok", "Not ok"]}""", "/list/1: 'Not ok' does not match")]
    [InlineData("""{"a": "x", "b": 1}""", "/b: unknown property 'b'")]
    [InlineData("""{}""", ": missing required property 'a'")]
    [InlineData("""[]""", ": expected object but found array")]
    public void Reports_path_and_reason(string json, string expected)
    {
        var problems = new List<ContentProblem>();

        Validator.Validate(JsonNode.Parse(json), "f.yaml", problems);

        if (expected.Length == 0)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Contains(problems, p => $"{p.Path}: {p.Reason}".StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_unsupported_keyword_is_refused_rather_than_ignored()
    {
        var validator = new JsonSchemaValidator(JsonNode.Parse("""{"maxLength": 3}""")!.AsObject(), "bad");
        Assert.Throws<InvalidOperationException>(() => validator.Validate(JsonValue.Create("x"), "f", []));
    }
}
