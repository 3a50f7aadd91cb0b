using SocialPrescribing.Web.Forms;

namespace SocialPrescribing.Web.Tests;

public sealed class TypedNumberTests
{
    [Theory]
    [InlineData("1500", "1500")]
    [InlineData("£1,000.50", "1000.50")]
    [InlineData(" 1,234,567 ", "1234567")]
    [InlineData("12.5", "12.5")]
    [InlineData(".5", "0.5")]
    [InlineData("-3", "-3")]
    [InlineData("£0.99", "0.99")]
    public void Amounts_are_read_as_people_write_them(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TypedNumber.Read(typed));

    [Theory]
    [InlineData("12,5x")]
    [InlineData("£1,000.00.0")]
    [InlineData("12,5")]
    [InlineData("1,00")]
    [InlineData("1000£")]
    [InlineData("£")]
    [InlineData("")]
    [InlineData("1e5")]
    [InlineData("twelve")]
    public void Anything_else_is_not_a_number(string typed) => Assert.Null(TypedNumber.Read(typed));
}
