namespace IntakeBot.Security.Tests.Secrets;

/// <summary>Tests that redirect the process console run without other tests in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
