using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SocialPrescribing.Authorization;

/// <summary>
/// Gives a refused bearer request a reason a developer understands: a 403 ProblemDetails
/// naming the failed requirement (missing scope, another team's resource), and the
/// RFC 6750 <c>insufficient_scope</c> error when a scope was missing. Redirecting schemes
/// (cookies) keep their own behaviour.
/// </summary>
internal sealed class ProblemDetailsAuthorizationResultHandler(IProblemDetailsService problemDetails) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);

        if (!authorizeResult.Forbidden || context.Response.HasStarted || context.Response.StatusCode != StatusCodes.Status403Forbidden)
        {
            return;
        }

        var failure = authorizeResult.AuthorizationFailure;
        var reasons = failure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        // A handler that calls Fail leaves FailedRequirements empty; its reasons name the handler.
        if (failure is not null && (failure.FailedRequirements.OfType<ScopeRequirement>().Any()
                                    || failure.FailureReasons.Any(r => r.Handler is ScopeAuthorizationHandler)))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
        }

        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = reasons.Count > 0
                    ? string.Join(" ", reasons)
                    : "The caller's role does not allow this operation.",
            },
        });
    }
}
