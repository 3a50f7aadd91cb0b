using SocialPrescribing.Compliance;
using SocialPrescribing.Volunteering.Domain.Equality;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// A volunteer's optional equality data (special-category data), held only with their explicit consent and
/// deleted when they withdraw it. A question left unanswered is null; "prefer not to say" is an answer.
/// </summary>
public sealed class EqualityRecord
{
    public Guid VolunteerId { get; init; }
    [PersonalData] public AgeBand? AgeBand { get; set; }
    [PersonalData] public EthnicGroup? Ethnicity { get; set; }
    [PersonalData] public Disability? Disability { get; set; }
    public DateTimeOffset ConsentedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
