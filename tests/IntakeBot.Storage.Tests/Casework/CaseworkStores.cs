using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>One provider's stores over one fresh, empty database: the intake's case store and the four casework stores.</summary>
public sealed record CaseworkStores(ICaseStore Cases, ICaseRegister Register, ITranscriptStore Transcripts, IDeliveryLog Deliveries, IAuditLog Audit);
