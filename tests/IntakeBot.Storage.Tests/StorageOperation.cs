namespace IntakeBot.Storage.Tests;

/// <summary>One random step of the model test.</summary>
/// <param name="Kind">Read, write or delete.</param>
/// <param name="Keys">Indexes into the test's small key set, so operations collide often.</param>
/// <param name="Preconditions">For a write, the eTag choice per key (same order as <paramref name="Keys"/>).</param>
/// <param name="Value">Makes each written document different.</param>
internal sealed record StorageOperation(StorageOperationKind Kind, int[] Keys, ETagChoice[] Preconditions, int Value)
{
    public override string ToString() =>
        $"{Kind} [{string.Join(", ", Keys.Select((key, i) => Kind == StorageOperationKind.Write ? $"{key}:{Preconditions[i]}" : $"{key}"))}] {Value}";
}

internal enum StorageOperationKind
{
    Read,
    Write,
    Delete,
}

internal enum ETagChoice
{
    Create,
    Any,
    Current,
    Stale,
}
