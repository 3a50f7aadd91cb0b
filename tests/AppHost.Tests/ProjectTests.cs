using System.Net;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

[Collection(nameof(SharedApp))]
public sealed class ProjectTests(SharedAppFixture fixture)
{
    private static readonly HttpClient Http = new();

    private DistributedApplication App => fixture.App;

    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_project_gets_the_connection_strings_of_what_it_references()
    {
        Assert.Equal(App.GetConnectionString("alpha-db"), await Config("alpha", "ConnectionStrings:alpha-db"));
        Assert.Equal(App.GetConnectionString("messaging"), await Config("alpha", "ConnectionStrings:messaging"));
        Assert.Null(await Config("beta", "ConnectionStrings:messaging"));
    }

    [Fact]
    public async Task A_project_finds_a_referenced_project_under_its_name_for_both_endpoints()
    {
        Assert.Equal(Address("alpha", "http"), await Config("beta", "services:alpha:http:0"));
        Assert.Equal(Address("alpha", "grpc"), await Config("beta", "services:alpha:grpc:0"));
    }

    [Fact]
    public async Task A_project_gets_its_name_environment_and_extra_settings()
    {
        Assert.Equal("alpha", await Config("alpha", "OTEL_SERVICE_NAME"));
        Assert.Equal("Development", await Config("alpha", "ASPNETCORE_ENVIRONMENT"));
        Assert.Equal("hello", await Config("alpha", "Greeting"));
        Assert.Null(await Config("beta", "Greeting"));
    }

    [Fact]
    public async Task The_http_endpoint_speaks_HTTP1_and_the_grpc_endpoint_HTTP2_without_TLS()
    {
        using var http = await Get(App.GetEndpoint("alpha", "http"), HttpVersion.Version11);
        using var grpc = await Get(App.GetEndpoint("alpha", "grpc"), HttpVersion.Version20);

        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version11), (http.StatusCode, http.Version));
        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version20), (grpc.StatusCode, grpc.Version));
    }

    [Fact]
    public void A_project_that_does_not_exist_yet_is_skipped_and_not_waited_for()
    {
        Assert.Equal(ResourceState.Skipped, App.GetState("ghost"));
        Assert.Contains(App.GetLogs(DistributedApplication.HostLogName), line => line.StartsWith("ghost: Skipped", StringComparison.Ordinal));
        Assert.NotEqual(ResourceState.Failed, App.GetState("beta"));
    }

    [Fact]
    public async Task A_project_that_exits_on_its_own_is_started_again_on_the_same_port()
    {
        var endpoint = App.GetEndpoint("beta", "http");

        using var crash = await Http.PostAsync(new Uri(endpoint, "/exit/3"), null, Cancellation);
        await App.WaitForStateAsync("beta", ResourceState.Restarting, Cancellation);
        Assert.Contains("exited with code 3", App.GetStateDetail("beta"), StringComparison.Ordinal);
        await App.WaitForStateAsync("beta", ResourceState.Healthy, Cancellation);

        Assert.Equal(endpoint, App.GetEndpoint("beta", "http"));
        using var health = await Http.GetAsync(new Uri(endpoint, "/health"), Cancellation);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void A_project_output_is_kept_per_resource_in_memory_and_in_a_file()
    {
        var listening = $"Now listening on: {Address("alpha", "http")}";

        Assert.Contains(App.GetLogs("alpha"), line => line.Contains(listening, StringComparison.Ordinal));
        Assert.Contains(listening, File.ReadAllText(App.GetLogFile("alpha")), StringComparison.Ordinal);
    }

    private string Address(string resource, string endpoint) => App.GetEndpoint(resource, endpoint).ToString().TrimEnd('/');

    private async Task<string?> Config(string resource, string key)
    {
        using var response = await Http.GetAsync(new Uri(App.GetEndpoint(resource), $"/config?key={Uri.EscapeDataString(key)}"), Cancellation);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync(Cancellation);
    }

    private async Task<HttpResponseMessage> Get(Uri endpoint, Version version)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, "/health"))
        {
            Version = version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        return await Http.SendAsync(request, Cancellation);
    }
}
