using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>How every stand-in service runs: a slim app on a free loopback port that answers 503 while the test has it "down".</summary>
internal static class StandInHost
{
    public static WebApplication Create(Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static void AnswerUnavailableWhile(this WebApplication app, Func<bool> down) =>
        app.Use(async (context, next) =>
        {
            if (down())
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            await next(context);
        });

    /// <returns>The address it listens on, with a trailing slash.</returns>
    public static async Task<Uri> StartOnLoopbackAsync(this WebApplication app)
    {
        await app.StartAsync();
        return new Uri(app.Urls.First().TrimEnd('/') + "/");
    }
}
