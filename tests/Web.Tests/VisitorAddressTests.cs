using System.Net;
using Microsoft.AspNetCore.Http;
using SocialPrescribing.Web.Authentication;

namespace SocialPrescribing.Web.Tests;

public sealed class VisitorAddressTests
{
    [Fact]
    public async Task A_sign_in_call_carries_the_visitors_address_and_not_one_the_request_already_had()
    {
        var visitor = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("198.51.100.7") } };
        var identity = new RecordingHandler();
        using var client = new HttpMessageInvoker(new VisitorAddressHandler(new HttpContextAccessor { HttpContext = visitor }) { InnerHandler = identity });
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://identity/connect/otp/send");
        request.Headers.Add(VisitorAddressHandler.HeaderName, "203.0.113.1");

        using var _ = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["198.51.100.7"], identity.ForwardedFor);
    }

    [Fact]
    public async Task A_call_outside_a_visitors_request_carries_no_address()
    {
        var identity = new RecordingHandler();
        using var client = new HttpMessageInvoker(new VisitorAddressHandler(new HttpContextAccessor()) { InnerHandler = identity });

        using var _ = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://identity/.well-known/openid-configuration"),
            TestContext.Current.CancellationToken);

        Assert.Empty(identity.ForwardedFor);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> ForwardedFor { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ForwardedFor.AddRange(request.Headers.TryGetValues(VisitorAddressHandler.HeaderName, out var values) ? values : []);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
        }
    }
}
