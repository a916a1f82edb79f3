namespace IntakeBot.Casework;

/// <summary>Who did something: a staff member (<see cref="Id"/> is the user id), an API key ("apikey:&lt;id&gt;") or the system ("system:retention").</summary>
public sealed record StaffActor(string Id, string DisplayName, string OrganisationId);
