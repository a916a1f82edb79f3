using System.Text;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.State;

public sealed class BotStateTests
{
    private readonly TestAdapter _adapter = new();
    private readonly CountingStorage _storage = new(new MemoryStorage());

    private enum Role
    {
        YoungPerson,
        Parent,
    }

    [Fact]
    public async Task TypedValues_RoundTrip_WithoutTypeNames()
    {
        var state = new ConversationState(_storage);
        var profile = state.CreateProperty<Profile>("profile");
        var first = Turn();
        await profile.SetAsync(first, new Profile("Sanne", Role.YoungPerson, ["klacht"]));
        await state.SaveChangesAsync(first);

        var second = Turn();
        var loaded = await profile.GetAsync(second);

        Assert.Equal("Sanne", loaded!.Name);
        Assert.Equal(Role.YoungPerson, loaded.Role);
        var json = await StoredJsonAsync();
        Assert.Equal("""{"profile":{"name":"Sanne","role":"youngPerson","kinds":["klacht"]}}""", json);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("IntakeBot", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_IsReadOncePerTurn()
    {
        var state = new ConversationState(_storage);
        var a = state.CreateProperty<int>("a");
        var b = state.CreateProperty<string>("b");
        var context = Turn();

        await a.GetAsync(context);
        await b.GetAsync(context);
        await state.LoadAsync(context);

        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task UnchangedState_IsNotWrittenAgain()
    {
        var state = new ConversationState(_storage);
        var a = state.CreateProperty<List<int>>("a");
        var first = Turn();
        (await a.GetAsync(first, () => []))!.Add(1);
        await state.SaveChangesAsync(first);

        var second = Turn();
        await a.GetAsync(second);
        await state.SaveChangesAsync(second);

        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task ChangesInsideAMutableValue_AreSaved_AndTwoSavesInOneTurnWork()
    {
        var state = new ConversationState(_storage);
        var list = state.CreateProperty<List<int>>("list");
        var context = Turn();
        var value = await list.GetAsync(context, () => []);

        value!.Add(1);
        await state.SaveChangesAsync(context);
        value.Add(2);
        await state.SaveChangesAsync(context);

        Assert.Equal("""{"list":[1,2]}""", await StoredJsonAsync());
    }

    [Fact]
    public async Task SaveAfterSomeoneElseSaved_ThrowsETagConflict()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var setup = Turn();
        await count.SetAsync(setup, 1);
        await state.SaveChangesAsync(setup);

        var slow = Turn();
        var fast = Turn();
        await count.SetAsync(slow, 10);
        await count.SetAsync(fast, 20);
        await state.SaveChangesAsync(fast);

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(slow));
        Assert.Equal("""{"count":20}""", await StoredJsonAsync());
    }

    [Fact]
    public async Task TwoFirstTurns_CannotBothCreateTheState()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var one = Turn();
        var two = Turn();
        await count.SetAsync(one, 1);
        await count.SetAsync(two, 2);

        await state.SaveChangesAsync(one);

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(two));
    }

    [Fact]
    public async Task DeleteProperty_ClearState_AndDeleteState()
    {
        var state = new ConversationState(_storage);
        var a = state.CreateProperty<int>("a");
        var b = state.CreateProperty<int>("b");
        var first = Turn();
        await a.SetAsync(first, 1);
        await b.SetAsync(first, 2);
        await state.SaveChangesAsync(first);

        var second = Turn();
        await a.DeleteAsync(second);
        await state.SaveChangesAsync(second);
        Assert.Equal("""{"b":2}""", await StoredJsonAsync());

        var third = Turn();
        await state.LoadAsync(third);
        state.ClearState(third);
        await state.SaveChangesAsync(third);
        Assert.Equal("{}", await StoredJsonAsync());

        await state.DeleteAsync(Turn());
        Assert.Null(await StoredJsonAsync());
    }

    [Fact]
    public async Task UserState_IsKeyedByUser_ConversationState_ByConversation()
    {
        var storage = new MemoryStorage();
        var user = new UserState(storage);
        var language = user.CreateProperty<string>("language");
        var context = Turn();
        await language.SetAsync(context, "en");
        await user.SaveChangesAsync(context);

        var keys = await storage.ReadAsync(["test/users/user1", $"test/conversations/{_adapter.Conversation.Conversation!.Id}"]);

        Assert.Equal(["test/users/user1"], keys.Keys);
    }

    [Fact]
    public async Task MissingConversationId_IsAClearError()
    {
        var state = new ConversationState(_storage);
        var context = new TurnContext(_adapter, _adapter.MakeActivity() with { Conversation = null });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => state.LoadAsync(context));
        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    private TurnContext Turn() => new(_adapter, _adapter.MakeActivity("hoi"));

    private async Task<string?> StoredJsonAsync()
    {
        var key = $"test/conversations/{_adapter.Conversation.Conversation!.Id}";
        var items = await _storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? Encoding.UTF8.GetString(item.Json.Span) : null;
    }

    private sealed record Profile(string Name, Role Role, IReadOnlyList<string> Kinds);
}
