using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Contracts.Http.Volunteering;
using SocialPrescribing.Web.Reports.Outcomes;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Tests.Reports;

/// <summary>
/// The outcomes CSV's rows for people's, carers' and volunteers' experience and the diversity of volunteering: each
/// figure exactly as the service suppressed it, with its definition, source and period.
/// </summary>
public sealed class ExperienceAndVolunteeringOutcomesCsvTests
{
    private const string Quarter = "July to September 2026";

    [Fact]
    public void People_and_carers_figures_reach_the_CSV_as_the_service_gave_them_with_small_numbers_not_shown()
    {
        // Worked by hand, as the referrals service would report this quarter:
        // - 12 activity ratings: 5,5,5,5,4,4,4,4,4,3,3,2 = 48; 48 / 12 = 4.0 → "4 out of 5";
        // - 6 closing answers to "I was listened to", 5 agreeing: 5 / 6 = 83.3% → rounded by the service to 83 → "83%";
        //   "I had a say…" answered by 3: under 5, so no share → "Not shown";
        // - 7 carers identified ("7"), 3 supported ("<5"), 2 carers' surveys ("<5"), so their item's share is "Not shown".
        var report = new ExperienceReport(
            new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), null,
            new RatingSummary("12", 4.0, []),
            "6",
            [new("I was listened to", "6", 83), new("I had a say in what support I got", "<5", null)],
            new CarerMeasures("7", "<5", "<5", [new("Control over daily life", "<5", null)]),
            "", [], [], [], []);

        var rows = Rows(ExperienceOutcomes.Of(report, Quarter));

        Assert.Equal(
            [
                ("Activity ratings received", "12"),
                ("Mean rating of the activities", "4 out of 5"),
                ("People answering the I statements when their support ended", "6"),
                ("\"Agree: \"\"I was listened to\"\"\"", "83%"),
                ("\"Agree: \"\"I had a say in what support I got\"\"\"", "Not shown"),
                ("Carers identified", "7"),
                ("Carers known to be supported", "<5"),
                ("Carers answering the carers' survey", "<5"),
                ("\"At the best level: \"\"Control over daily life\"\"\"", "Not shown"),
            ],
            rows.Select(r => (r.Measure, r.Value)));
        Assert.All(rows, r => Assert.Matches($"Source: {ExperienceOutcomes.Source}\\.\"?,{Quarter}$", r.Line));
    }

    [Fact]
    public void Ratings_withheld_with_their_breakdowns_read_not_shown_not_a_number()
    {
        // 6 ratings, but one rating has 1 answer: the service withholds the total (6 less the rows shown would give the 1 back).
        var report = new ExperienceReport(
            new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), null,
            new RatingSummary(null, 3.5, []), "<5", [], new CarerMeasures("<5", "<5", "<5", []), "", [], [], [], []);

        var rows = Rows(ExperienceOutcomes.Of(report, Quarter));

        Assert.Equal("Not shown", rows.Single(r => r.Measure == "Activity ratings received").Value);
        // 21 / 6 = 3.5, shown: the mean is over 6 answers, which is not a small number.
        Assert.Equal("3.5 out of 5", rows.Single(r => r.Measure == "Mean rating of the activities").Value);
    }

    [Fact]
    public void Volunteers_survey_and_volunteering_by_group_reach_the_CSV_as_the_service_gave_them()
    {
        // Worked by hand, as the volunteering service would report this quarter against the one before:
        // - 6 volunteers answered; 5 agree "I feel useful": 5 / 6 = 83.33… → 83.3%; 4 agree "I feel supported": 66.7%;
        // - 9 volunteers: by age 6 are 16 to 24 ("6") and 3 are 25 to 34 ("<5"), by ethnic group 6 White ("6") and 3 Asian ("<5");
        //   a row under 5, so the total (and its change on the quarter before) is withheld: 9 less 6 would give the 3 back;
        // - by disability all 9 are "not disabled" and by deprivation all 9 "area not known": a breakdown with no row under 5
        //   would add up to the withheld total, so its smallest row (here its only one) is withheld too.
        EffortFigures Effort(string? volunteers) => new(volunteers, null, null);
        DiversityRow Row(string group, string? volunteers) => new(group, Effort(volunteers), Effort(null), null, null);
        var report = new DiversityReport(
            new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), null,
            new DiversityRow("all volunteers", Effort(null), new("6", 42m, 2), null, null),
            [Row("16 to 24", "6"), Row("25 to 34", "<5")],
            [Row("White", "6"), Row("Asian", "<5")],
            [Row("not disabled", null)],
            [Row("area not known", null)],
            new SurveyResults("6", 83.3, 66.7),
            new SurveyResults("<5", null, null));

        var rows = Rows(VolunteeringDiversityOutcomes.Of(report, Quarter));

        Assert.Equal(
            [
                ("Volunteers answering the quarterly survey", "6"),
                ("\"Agree: \"\"I feel useful\"\"\"", "83.3%"),
                ("\"Agree: \"\"I feel supported\"\"\"", "66.7%"),
                ("Change in volunteers on the quarter before", "Not shown"),
                ("Change in approved hours on the quarter before", "Not shown"),
                ("Volunteers by age: 16 to 24", "6"),
                ("Volunteers by age: 25 to 34", "<5"),
                ("Volunteers by ethnic group: White", "6"),
                ("Volunteers by ethnic group: Asian", "<5"),
                ("Volunteers by disability: not disabled", "Not shown"),
                ("Volunteers by area deprivation: area not known", "Not shown"),
            ],
            rows.Select(r => (r.Measure, r.Value)));
        Assert.All(rows, r => Assert.Matches($"Source: {VolunteeringDiversityOutcomes.Source}\\.\"?,{Quarter}$", r.Line));
    }

    /// <summary>The CSV's data rows, each split into its first two cells (the measure as written, quotes and all) and kept whole.</summary>
    private static List<(string Measure, string Value, string Line)> Rows(IEnumerable<OutcomeMeasure> measures)
    {
        var lines = OutcomesCsv.Write(measures).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("measure,value,definition,period", lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            // A quoted measure ends at the quote before the comma; none of these values holds a comma.
            var end = line.StartsWith('"') ? line.IndexOf("\",", StringComparison.Ordinal) + 1 : line.IndexOf(',');
            var value = line[(end + 1)..line.IndexOf(',', end + 1)];
            return (line[..end], value, line);
        })];
    }
}
