using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Command_line_options_set_the_web_port_seeds_and_console_output()
    {
        var options = AppHostOptions.FromArgs(["--web-port", "5000", "--no-seeds"]);

        Assert.Equal(5000, options.WebPort);
        Assert.False(options.LoadSeeds);
        Assert.True(options.WriteToConsole);
        Assert.False(options.Ephemeral);
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--web-port")]
    [InlineData("--web-port", "http")]
    public void A_wrong_command_line_is_answered_with_the_usage(params string[] args)
    {
        var wrong = Assert.Throws<AppHostException>(() => AppHostOptions.FromArgs(args));

        Assert.Contains(AppHostOptions.Usage, wrong.Message, StringComparison.Ordinal);
    }
}
