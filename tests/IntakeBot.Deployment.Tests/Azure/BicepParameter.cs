namespace IntakeBot.Deployment.Tests.Azure;

/// <summary>A <c>param</c> line of main.bicep: name, type, whether <c>@secure()</c> precedes it, and the default as written.</summary>
internal sealed record BicepParameter(string Name, string Type, bool Secure, string? Default)
{
    /// <summary>The ARM type this parameter compiles to.</summary>
    public string ArmType => (Type, Secure) switch
    {
        ("string", true) => "securestring",
        ("object", true) => "secureObject",
        _ => Type,
    };
}
