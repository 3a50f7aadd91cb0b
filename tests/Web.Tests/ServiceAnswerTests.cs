using System.Net;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Tests;

/// <summary>How the web reads a service's refusal: what the page then tells the user depends on it.</summary>
public sealed class ServiceAnswerTests
{
    [Fact]
    public async Task A_change_refused_for_want_of_If_Match_is_a_fault_of_the_web_not_a_service_that_is_down()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.PreconditionRequired);

        var fault = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ServiceCalls.EnsureAnsweredAsync("referrals", response, TestContext.Current.CancellationToken));

        Assert.Contains("If-Match", fault.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_service_that_fails_is_reported_as_not_answering(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        var down = await Assert.ThrowsAsync<ServiceUnavailableException>(() =>
            ServiceCalls.EnsureAnsweredAsync("referrals", response, TestContext.Current.CancellationToken));

        Assert.Equal("referrals", down.Service);
    }
}
