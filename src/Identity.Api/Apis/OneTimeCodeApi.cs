using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Identity.Apis;

public static class OneTimeCodeApi
{
    public static IEndpointRouteBuilder MapOneTimeCodeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/otp/send", SendAsync)
            .DisableAntiforgery()
            .RequireClientRateLimit(app.ServiceProvider.GetRequiredService<OneTimeCodeRateLimits>().PerIp)
            .WithSummary("Sends a volunteer a one-time sign-in code (form field 'identifier': email or phone).")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>
    /// Always 202 for a well-formed identifier, whether or not an account exists, so the
    /// endpoint cannot be used to find out who volunteers.
    /// </summary>
    private static async Task<IResult> SendAsync(HttpRequest request, OneTimeCodeService codes, OneTimeCodeRateLimits limits, CancellationToken cancellationToken)
    {
        if (!codes.CanSend)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Sign-in codes cannot be sent",
                detail: "This service has no email or text message sender set up. Ask the organisation you volunteer with to sign you in another way.");
        }
        var identifier = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken))["identifier"].ToString() : "";
        if (string.IsNullOrWhiteSpace(identifier) || identifier.Length > 254)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["identifier"] = ["Give the email address or mobile number you registered with (form field 'identifier')."],
            });
        }

        if (!limits.TryAcquireFor(OneTimeCodeIdentifier.Normalise(identifier)))
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many codes requested",
                detail: "Wait 15 minutes before asking for another code.");
        }

        await codes.IssueAsync(identifier, cancellationToken);
        return Results.Accepted();
    }
}
