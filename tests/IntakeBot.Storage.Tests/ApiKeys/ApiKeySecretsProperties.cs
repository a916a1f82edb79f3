using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Storage.ApiKeys;

namespace IntakeBot.Storage.Tests.ApiKeys;

/// <summary>Whatever a client sends as a key, parsing never throws, and only well-formed keys parse.</summary>
public sealed class ApiKeySecretsProperties
{
    [Fact]
    public void ArbitraryText_NeverThrows_AndParsesOnlyInTheKeyFormat() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var parsed = ApiKeySecrets.TryParse(text, out var id, out var hash);
            return !parsed || (text!.StartsWith(ApiKeySecrets.Prefix + id + "_", StringComparison.Ordinal) && hash.Length == 32);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void NewKeys_RoundTrip_AndAnyChangedCharacterIsRejectedOrHashesDifferently() =>
        Prop.ForAll(Gen.Choose(ApiKeySecrets.Prefix.Length, 59).ToArbitrary(), ArbMap.Default.ArbFor<char>(), (position, replacement) =>
        {
            var id = ApiKeySecrets.NewId();
            var (key, stored) = ApiKeySecrets.NewKey(id);
            Assert.True(ApiKeySecrets.TryParse(key, out var parsedId, out var hash));
            Assert.Equal(id, parsedId);
            Assert.True(ApiKeySecrets.Matches(hash, stored));

            var changed = key[..position] + replacement + key[(position + 1)..];
            return changed == key
                || !ApiKeySecrets.TryParse(changed, out var changedId, out var changedHash)
                || changedId != id
                || !ApiKeySecrets.Matches(changedHash, stored);
        }).QuickCheckThrowOnFailure();
}
