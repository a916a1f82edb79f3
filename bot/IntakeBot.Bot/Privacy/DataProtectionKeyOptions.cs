namespace IntakeBot.Bot.Privacy;

/// <summary>
/// Where the Data Protection keys live (configuration section <c>DataProtection</c>). The keys encrypt every personal
/// field, note and transcript: without them the database is unreadable, so back them up, separately from the database.
/// </summary>
public sealed class DataProtectionKeyOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>The value of <see cref="Store"/> for a key folder (<see cref="KeysPath"/>).</summary>
    public const string FolderStore = "folder";

    /// <summary>The value of <see cref="Store"/> for the PostgreSQL database (table <c>dataprotection_keys</c>).</summary>
    public const string DatabaseStore = "database";

    /// <summary>
    /// Where the key ring lives: <c>folder</c> or <c>database</c>. Default: <c>database</c> when <c>Storage:Provider</c> is
    /// <c>postgres</c> (every instance on the database shares it), else <c>folder</c>. <c>database</c> needs PostgreSQL.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>
    /// The key folder, used when <see cref="Store"/> is <c>folder</c>. Default: <c>keys</c> next to the SQLite file (e.g. data/keys). Instances that share data must
    /// share this folder. Created readable by the owner only.
    /// </summary>
    public string? KeysPath { get; set; }

    /// <summary>
    /// Optional PKCS#12 (.pfx) certificate whose public key encrypts the key files at rest; its private key is needed to
    /// read them. Without it the key files are plain XML protected only by the folder's permissions.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one (use an environment variable or a secret store).</summary>
    public string? CertificatePassword { get; set; }
}
