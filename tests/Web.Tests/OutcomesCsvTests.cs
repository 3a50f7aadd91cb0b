using SocialPrescribing.Web.Reports.Outcomes;

namespace SocialPrescribing.Web.Tests;

public sealed class OutcomesCsvTests
{
    [Fact]
    public void The_outcomes_CSV_has_a_header_and_one_row_per_measure_with_its_definition_source_and_period()
    {
        OutcomeMeasure[] measures =
        [
            new("Referrals", "Referrals received", "23", "Referrals received in the quarter.", "Referrals service: referrals report", "July to September 2026"),
            new("VCSE partners", "Agree: \"We are valued\"", "<5", "Share agreeing, not shown under 5.", "Community directory: VCSE partners' survey", "2026"),
        ];

        var rows = OutcomesCsv.Write(measures).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "measure,value,definition,period",
                "Referrals received,23,Referrals received in the quarter. Source: Referrals service: referrals report.,July to September 2026",
                "\"Agree: \"\"We are valued\"\"\",<5,\"Share agreeing, not shown under 5. Source: Community directory: VCSE partners' survey.\",2026",
            ],
            rows);
    }
}
