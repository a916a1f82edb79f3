using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.Tests;

public sealed class EngineDependencyTests
{
    [Fact]
    public void Engine_ReferencesNothingFromAspNetCoreOrEntityFramework()
    {
        var references = typeof(BotAdapter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
    }
}
