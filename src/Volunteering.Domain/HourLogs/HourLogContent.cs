namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>What a log says: who gave how much time, where, in which role, on which (UK) day.</summary>
public sealed record HourLogContent(
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    TimeSpan Duration,
    string? Note)
{
    /// <summary>Trimmed text and no empty note, so a resend differing only in spacing is the same submission.</summary>
    internal HourLogContent Normalised() => this with
    {
        Role = Role?.Trim() ?? "",
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
    };
}
