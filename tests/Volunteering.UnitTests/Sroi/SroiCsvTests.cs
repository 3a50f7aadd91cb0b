using System.Globalization;
using SocialPrescribing.Volunteering.Domain.Sroi;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

public class SroiCsvTests
{
    private static string[] Lines(SroiReport report) => report.ToCsv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_year_of_every_outcome_is_written_with_its_working()
    {
        var lines = Lines(SroiCalculator.Calculate(FullyAdjusted()));

        Assert.Equal("section,subject,year,item,value,note", lines[0]);
        Assert.Contains("outcome,Closer to work,,after displacement,36000.00,after deadweight × (1 − displacement)", lines);
        Assert.Contains("year,Closer to work,3,share retained,0.81,(1 − drop-off)^(year − 1)", lines);
        Assert.Contains("year,Closer to work,4,discount divisor,1.147523000625,(1 + discount rate)^year", lines);
        Assert.Contains("year,Closer to work,4,present value,17152.60,value ÷ discount divisor", lines);
        Assert.Contains("total,,,SROI ratio,3.43,present value ÷ investment", lines);
        Assert.Contains("total,,,payback (months),11.1,investment ÷ (year-1 impact ÷ 12)", lines);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Contains("total,,,present value,85649.36,sum over outcomes", Lines(SroiCalculator.Calculate(FullyAdjusted())));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Sensitivity_results_and_the_range_are_written()
    {
        var lines = Lines(SroiCalculator.Calculate(SroiWorkedCaseTests.WellbeingAndHours()));

        Assert.Contains("sensitivity,proxy wellby,,value at low,2.43,value 10000 instead of 13000", lines);
        Assert.Contains("sensitivity,Better life satisfaction,,deadweight at high,2.66,deadweight 0.4 instead of 0.3", lines);
        Assert.Contains("sensitivity,,,lowest ratio,2.43,", lines);
        Assert.Contains("sensitivity,,,highest ratio,3.64,", lines);
    }

    [Fact]
    public void Text_is_quoted_and_cannot_start_a_spreadsheet_formula()
    {
        var input = FullyAdjusted() with { Organisation = "=HYPERLINK(\"x\"), Ltd" };

        var lines = Lines(SroiCalculator.Calculate(input));

        Assert.Contains("input,,,organisation,\"'=HYPERLINK(\"\"x\"\"), Ltd\",", lines);
    }
}
