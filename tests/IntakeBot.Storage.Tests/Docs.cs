using System.Text;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

/// <summary>Small helpers to build and read stored JSON documents in tests.</summary>
internal static class Docs
{
    public static ReadOnlyMemory<byte> Json(string json) => Encoding.UTF8.GetBytes(json);

    public static string Text(StoreItem item) => Encoding.UTF8.GetString(item.Json.Span);

    public static Dictionary<string, StoreItem> Changes(params (string Key, ReadOnlyMemory<byte> Json, string? ETag)[] items) =>
        items.ToDictionary(item => item.Key, item => new StoreItem(item.Json, item.ETag), StringComparer.Ordinal);

    public static async Task<string> CreateAsync(IStorage storage, string key, string json) =>
        (await storage.WriteAsync(Changes((key, Json(json), null))))[key];

    public static async Task<string> ReadTextAsync(IStorage storage, string key) => Text((await storage.ReadAsync([key]))[key]);
}
