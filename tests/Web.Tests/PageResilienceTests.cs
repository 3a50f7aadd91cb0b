using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

public sealed class PageResilienceTests(WebFixture fixture)
{
    [Fact]
    public void The_web_gives_a_down_service_one_quick_retry_not_three_slow_ones()
    {
        var options = fixture.Web.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>()
            .Get($"{nameof(ReferralsClient)}-standard");

        Assert.Equal(1, options.Retry.MaxRetryAttempts);
        Assert.True(options.Retry.Delay < TimeSpan.FromSeconds(1));
        Assert.True(options.TotalRequestTimeout.Timeout <= TimeSpan.FromSeconds(15));
    }
}
