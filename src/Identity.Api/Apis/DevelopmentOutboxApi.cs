using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

namespace SocialPrescribing.Identity.Apis;

/// <summary>
/// <c>GET /dev/outbox?to=</c>: the messages the development sender "sent" to an email or phone
/// number. Mapped only in the Development and Testing environments.
/// </summary>
public static class DevelopmentOutboxApi
{
    public static bool IsAvailableIn(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static IEndpointRouteBuilder MapDevelopmentOutboxApi(this WebApplication app)
    {
        if (IsAvailableIn(app.Environment))
        {
            app.MapGet("/dev/outbox", (string to, DevelopmentOutbox outbox) => Results.Ok(outbox.To(to)))
                .WithSummary("Development only: messages sent to an email address or phone number, newest first.");
        }
        return app;
    }
}
