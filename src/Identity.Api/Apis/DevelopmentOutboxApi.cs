using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

namespace SocialPrescribing.Identity.Apis;

/// <summary>
/// <c>GET /dev/outbox?to=</c>: the messages the development sender "sent" to an email or phone
/// number. Mapped only behind the explicit switch <see cref="DevelopmentSettings.CodeSenderKey"/>.
/// </summary>
public static class DevelopmentOutboxApi
{
    public static IEndpointRouteBuilder MapDevelopmentOutboxApi(this WebApplication app)
    {
        if (DevelopmentSettings.CodeSenderEnabled(app.Configuration))
        {
            app.MapGet("/dev/outbox", (string to, DevelopmentOutbox outbox) => Results.Ok(outbox.To(to)))
                .WithSummary("Development only: messages sent to an email address or phone number, newest first.");
        }
        return app;
    }
}
