using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Storage.Postgres;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresTextProperties
{
    private static readonly Gen<string> AwkwardStrings =
        Gen.Elements('a', 'Z', ' ', '0', 'x', '\0', '\uE000', '\uD83D', '\uDE00', '\u05E9', '\u200D', '\uFFFF')
            .ArrayOf()
            .Select(chars => new string(chars));

    [Fact]
    public void EncodeThenDecode_GivesBackEveryString_AndTheEncodingHasNoNulOrLoneSurrogate()
    {
        Prop.ForAll(Gen.OneOf(AwkwardStrings, ArbMap.Default.GeneratorFor<string>().Where(text => text is not null)).ToArbitrary(), text =>
        {
            var encoded = PostgresText.Encode(text);
            Assert.Equal(text, PostgresText.Decode(encoded));
            Assert.DoesNotContain('\0', encoded);
            Assert.True(System.Text.Unicode.Utf8.FromUtf16(encoded, new byte[encoded.Length * 3], out _, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Encode_IsInjective_SoDifferentStringsNeverShareARow()
    {
        Prop.ForAll(AwkwardStrings.Two().ToArbitrary(), pair =>
            Assert.Equal(pair.Item1 == pair.Item2, PostgresText.Encode(pair.Item1) == PostgresText.Encode(pair.Item2))).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("kracht-den-haag")]
    [InlineData("msteams/19:abc@thread.v2|bot")]
    [InlineData("\U0001F468\u200D\U0001F469 \u0645\u0631\u062D\u0628\u0627")]
    [InlineData("")]
    public void OrdinaryText_IsStoredUnchanged(string text) => Assert.Same(text, PostgresText.Encode(text));

    [Theory]
    [InlineData("\uE000")]
    [InlineData("\uE000q")]
    [InlineData("\uE000x12")]
    [InlineData("\uE000xZZZZ")]
    public void Decode_OfTextItNeverWrote_ReturnsItAsItIs(string stored) => Assert.Equal(stored, PostgresText.Decode(stored));
}
