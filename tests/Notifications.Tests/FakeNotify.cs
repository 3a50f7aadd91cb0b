using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SocialPrescribing.Notifications.Tests;

/// <summary>A local HTTP server answering as GOV.UK Notify does, keeping each request it was sent.</summary>
internal sealed class FakeNotify : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeNotify(WebApplication app) => _app = app;

    public List<(string Path, string? Authorization, JsonElement Body)> Requests { get; } = [];

    /// <summary>The answer to the next request: status code and JSON body.</summary>
    public (int Status, string Body) Answer { get; set; } = (201, """{"id":"740e5834-3a29-46b4-9a6f-16142fde0e7a","reference":"r"}""");

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");

    public static async Task<FakeNotify> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeNotify(app);
        app.MapPost("/v2/notifications/{type}", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            fake.Requests.Add((http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            http.Response.StatusCode = fake.Answer.Status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(fake.Answer.Body);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
