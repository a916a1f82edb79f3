namespace IntakeBot.Content.Model;

/// <summary>contacts.yaml.</summary>
public sealed record ContactsFile(IReadOnlyList<Contact> Contacts, IReadOnlyList<string> CrisisOrder);
