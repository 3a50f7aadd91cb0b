using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>The complementary suppression of a total broken down several ways (the referrals report's sources, statuses and equity tables).</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void With_every_row_five_or_more_the_total_and_every_row_are_shown()
    {
        var (total, rows) = Suppression.TotalOfBreakdowns(12, [5, 7], [12]);

        Assert.Equal("12", total);
        Assert.Equal([["5", "7"], ["12"]], rows);
    }

    [Fact]
    public void A_row_under_five_withholds_the_total_and_the_smallest_row_of_every_breakdown_shown_whole()
    {
        // 7 referrals: 5 in English and 2 in Polish; all from GPs; 6 waiting and 1 contacted.
        var (total, rows) = Suppression.TotalOfBreakdowns(7, [5, 2], [7], [6, 1]);

        Assert.Null(total);
        Assert.Equal([["5", "<5"], [null], ["6", "<5"]], rows);
    }

    [Fact]
    public void Of_two_breakdowns_shown_whole_each_loses_its_own_smallest_row()
    {
        var (total, rows) = Suppression.TotalOfBreakdowns(20, [2, 18], [8, 12], [5, 9, 6]);

        Assert.Null(total);
        Assert.Equal([["<5", "18"], [null, "12"], [null, "9", "6"]], rows);
    }

    [Fact]
    public void Under_five_in_all_everything_reads_under_five()
    {
        var (total, rows) = Suppression.TotalOfBreakdowns(3, [1, 2], [3]);

        Assert.Equal("<5", total);
        Assert.Equal([["<5", "<5"], ["<5"]], rows);
    }

    [Fact]
    public void No_breakdown_ever_adds_up_to_a_total_that_is_withheld()
    {
        var random = new Random(15);
        for (var round = 0; round < 500; round++)
        {
            var breakdowns = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Enumerable.Range(0, random.Next(1, 5)).Select(_ => (long)random.Next(1, 12)).ToList()).ToList();
            // Each breakdown must add up to the same total: the last row takes up the difference.
            var total = breakdowns.Max(b => b.Sum()) + 5;
            foreach (var breakdown in breakdowns) breakdown.Add(total - breakdown.Sum());

            var (shownTotal, rows) = Suppression.TotalOfBreakdowns(total, [.. breakdowns]);

            if (shownTotal is null)
            {
                Assert.All(rows, shown => Assert.Contains(shown, r => r is null or Suppression.Suppressed));
            }
            else
            {
                Assert.All(rows.SelectMany(r => r), r => Assert.NotEqual(Suppression.Suppressed, r));
            }
        }
    }
}
