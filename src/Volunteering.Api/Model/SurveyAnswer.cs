using SocialPrescribing.Compliance;
using SocialPrescribing.Volunteering.Domain.Experience;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>A volunteer's answer to the quarterly survey: one per volunteer and quarter.</summary>
public sealed class SurveyAnswer
{
    public Guid Id { get; init; }
    public Guid VolunteerId { get; init; }

    /// <summary>The quarter answered for, as "2026-Q4" (<see cref="SocialPrescribing.Contracts.Reports.ReportPeriod.Key"/>).</summary>
    public required string Quarter { get; init; }

    public AgreeScale Useful { get; init; }
    public AgreeScale Supported { get; init; }
    [PersonalData] public string? Comments { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
