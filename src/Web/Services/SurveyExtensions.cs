using System.Globalization;

namespace SocialPrescribing.Web.Services;

/// <summary>What the survey pages say of a survey as the referrals service asks it.</summary>
public static class SurveyExtensions
{
    extension(SurveyQuestion question)
    {
        /// <summary>The longest answer in the person's own words, as the referrals service takes it.</summary>
        public static int MaxTextLength => 2000;

        public bool IsText => question.Choices.Count == 0;

        /// <summary>What the person chose or wrote, as the check page shows it.</summary>
        public string Shown(string? answer) =>
            string.IsNullOrWhiteSpace(answer) ? "Not answered"
            : question.IsText ? answer
            : question.Choices.FirstOrDefault(c => c.Value.ToString(CultureInfo.InvariantCulture) == answer)?.Label ?? "Not answered";
    }

    extension(SurveyView survey)
    {
        public bool IsOpen => survey.State == SurveyStates.Open;
    }
}
