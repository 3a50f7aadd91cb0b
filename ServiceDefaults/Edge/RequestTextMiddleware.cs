using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace SocialPrescribing.Edge;

/// <summary>
/// The <see cref="TextRule"/> for text that does not come as JSON: query-string values, route values
/// and posted form fields (sign-in, token requests). A breach is a 400 naming the parameter, before
/// any endpoint runs.
/// </summary>
internal sealed class RequestTextMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        Check(context.Request.Query.Select(q => (q.Key, q.Value)), errors);
        Check(context.Request.RouteValues.Select(r => (r.Key, new StringValues(r.Value as string))), errors);
        if (context.Request.HasFormContentType)
        {
            await CheckFormAsync(context, errors);
        }
        if (errors.Count == 0)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has invalid parameters.",
            },
        });
    }

    private static async Task CheckFormAsync(HttpContext context, Dictionary<string, string[]> errors)
    {
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            Check(form.Select(f => (f.Key, f.Value)), errors);
        }
        catch (InvalidDataException unreadable)
        {
            // The form reader itself refuses NUL and over-long forms.
            errors["form"] = [unreadable.Message];
        }
    }

    private static void Check(IEnumerable<(string Name, StringValues Values)> parameters, Dictionary<string, string[]> errors)
    {
        foreach (var (name, values) in parameters)
        {
            var problem = TextRule.HasControlCharacter(name) ? TextRule.ControlCharacterMessage
                : values.Select(v => v is null ? null : TextRule.Problem(v)).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                errors[TextRule.HasControlCharacter(name) ? "$" : name] = [problem];
            }
        }
    }
}
