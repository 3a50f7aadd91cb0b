using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Errors;

/// <summary>People get pages, not problem documents: an unknown address or record, or a failure, shows the error page.</summary>
public static class ErrorPages
{
    private const string Path = "/error";

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            // A record the service does not have (removed, mistyped, or never the person's to see) is not a failure.
            StatusCodeSelector = exception => exception is RecordNotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        return app;
    }
}
