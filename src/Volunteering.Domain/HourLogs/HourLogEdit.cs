namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>Audit of one change to a log's content: who, when, in which status, and the content before and after.</summary>
public sealed record HourLogEdit(
    string By,
    DateTimeOffset At,
    HourLogStatus StatusAtEdit,
    HourLogContent Before,
    HourLogContent After);
