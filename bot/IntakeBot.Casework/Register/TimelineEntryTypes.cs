namespace IntakeBot.Casework.Register;

/// <summary>The values of <see cref="TimelineEntry.Type"/>.</summary>
public static class TimelineEntryTypes
{
    public const string Created = "created";
    public const string Status = "status";
    public const string Assigned = "assigned";
    public const string Note = "note";
    public const string Withdrawn = "withdrawn";
    public const string Delivered = "delivered";
    public const string DeliveryFailed = "delivery-failed";
    public const string Exported = "exported";
    public const string CopySent = "copy-sent";
}
