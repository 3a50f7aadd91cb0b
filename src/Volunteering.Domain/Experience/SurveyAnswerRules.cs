using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Experience;

/// <summary>What makes a quarterly survey answer whole: both statements answered, the free text within its length.</summary>
public static class SurveyAnswerRules
{
    public const int MaxCommentsLength = 2000;

    public static void Check(AgreeScale? useful, AgreeScale? supported, string? comments)
    {
        var errors = new FieldErrors();
        if (useful is null || !Enum.IsDefined(useful.Value))
        {
            errors.Add("useful", "Select how much you agree that you feel useful.");
        }
        if (supported is null || !Enum.IsDefined(supported.Value))
        {
            errors.Add("supported", "Select how much you agree that you feel supported.");
        }
        if (comments is { Length: > MaxCommentsLength })
        {
            errors.Add("comments", $"What you tell us must be {MaxCommentsLength} characters or fewer.");
        }
        errors.ThrowIfAny();
    }
}
