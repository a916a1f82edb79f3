using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

public abstract partial class StorageContractTests
{
    private static readonly string[] ModelKeys = ["a", "b", "c", "d"];

    [Fact]
    public async Task RandomOperationSequences_BehaveLikeADictionaryWithETags()
    {
        var operation =
            from kind in Gen.Elements(StorageOperationKind.Read, StorageOperationKind.Write, StorageOperationKind.Write, StorageOperationKind.Delete)
            from keys in Gen.SubListOf(Enumerable.Range(0, ModelKeys.Length)).Where(keys => keys.Count > 0)
            from preconditions in Gen.Elements(Enum.GetValues<ETagChoice>()).ArrayOf(ModelKeys.Length)
            from value in Gen.Choose(0, 9999)
            select new StorageOperation(kind, [.. keys], preconditions, value);
        var property = Prop.ForAll(operation.ArrayOf().ToArbitrary(), operations => RunAgainstModel(operations));

        // Blocking inside the property is safe off the test's synchronisation context.
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property));
    }

    private void RunAgainstModel(StorageOperation[] operations)
    {
        // Each run gets its own keys, so one store serves every run and the runs cannot see each other.
        var prefix = Guid.NewGuid().ToString("N") + "/";
        var model = new StorageModel();
        foreach (var operation in operations)
        {
            var keys = operation.Keys.Select(index => prefix + ModelKeys[index]).ToArray();
            switch (operation.Kind)
            {
                case StorageOperationKind.Read:
                    AssertMatches(model, keys, Storage.ReadAsync(keys).GetAwaiter().GetResult());
                    break;
                case StorageOperationKind.Delete:
                    Storage.DeleteAsync(keys).GetAwaiter().GetResult();
                    Array.ForEach(keys, model.Delete);
                    break;
                default:
                    Write(model, keys, operation);
                    break;
            }

            var all = ModelKeys.Select(key => prefix + key).ToArray();
            AssertMatches(model, all, Storage.ReadAsync(all).GetAwaiter().GetResult());
        }
    }

    private void Write(StorageModel model, string[] keys, StorageOperation operation)
    {
        var changes = keys.Select((key, i) => (key, item: new StoreItem(StorageModel.Document(operation.Value + i, key), model.ETagFor(key, operation.Preconditions[i]))))
            .ToDictionary(change => change.key, change => change.item, StringComparer.Ordinal);
        var failing = changes.Where(change => !model.Accepts(change.Key, change.Value.ETag)).Select(change => change.Key).ToArray();
        if (failing.Length > 0)
        {
            var conflict = Assert.Throws<ETagConflictException>(() => Storage.WriteAsync(changes).GetAwaiter().GetResult());
            Assert.Contains(conflict.Key, failing);
            return;
        }

        var etags = Storage.WriteAsync(changes).GetAwaiter().GetResult();
        Assert.Equal(keys.Order(StringComparer.Ordinal), etags.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, item) in changes)
        {
            Assert.True(model.Apply(key, item.Json, etags[key]), $"eTag '{etags[key]}' was issued for '{key}' before.");
        }
    }

    private static void AssertMatches(StorageModel model, string[] keys, IReadOnlyDictionary<string, StoreItem> found)
    {
        var expected = keys.Where(model.Items.ContainsKey).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, found.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, item) in found)
        {
            Assert.Equal(model.Items[key].ETag, item.ETag);
            Assert.Equal(model.Items[key].Json.ToArray(), item.Json.ToArray());
        }
    }
}
