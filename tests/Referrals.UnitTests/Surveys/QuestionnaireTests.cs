using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Surveys;

namespace SocialPrescribing.Referrals.UnitTests.Surveys;

public sealed class QuestionnaireTests
{
    [Fact]
    public void An_after_activity_rating_with_no_words_is_kept_without_a_comment()
    {
        var answers = Questionnaires.Check(SurveyKind.AfterActivity, new Dictionary<string, string?> { ["rating"] = "4", ["helped"] = "  " });

        Assert.Equal(4, answers.Choices["rating"]);
        Assert.Null(answers.Comment);
    }

    [Fact]
    public void A_rating_outside_one_to_five_and_an_overlong_comment_are_both_refused_at_once()
    {
        var refused = Assert.Throws<FieldErrorsException>(() => Questionnaires.Check(SurveyKind.AfterActivity,
            new Dictionary<string, string?> { ["rating"] = "6", ["helped"] = new string('a', SurveyQuestion.MaxTextLength + 1) }));

        Assert.Equal(["rating", "helped"], refused.Errors.Keys);
    }

    [Fact]
    public void An_answer_to_a_question_the_survey_does_not_ask_is_refused()
    {
        var answers = Questionnaires.CarerItems.ToDictionary(q => q.Key, _ => (string?)"3");
        answers["rating"] = "5";

        var refused = Assert.Throws<FieldErrorsException>(() => Questionnaires.Check(SurveyKind.Carer, answers));

        Assert.Equal(["rating"], refused.Errors.Keys);
    }

    [Fact]
    public void Carers_items_have_three_levels_and_the_best_is_the_one_the_report_counts()
    {
        Assert.All(Questionnaires.CarerItems, q => Assert.Equal([3, 2, 1], q.Choices.Select(c => c.Value)));
        Assert.Equal(Questionnaires.CarerBestLevel, Questionnaires.CarerItems[0].Choices[0].Value);
    }

    [Fact]
    public void A_token_is_long_random_and_url_safe_and_its_hash_is_not_the_token()
    {
        var (one, two) = (SurveyLink.NewToken(), SurveyLink.NewToken());

        Assert.NotEqual(one, two);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", one);
        Assert.Equal(64, SurveyLink.Hash(one).Length);
        Assert.Equal(SurveyLink.Hash(one), SurveyLink.Hash(one));
    }
}
