using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Forms;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// What every report page shares: a GET form (so a report can be bookmarked and works without
/// JavaScript), no errors on a first visit, a service's refusal shown next to the fields, and a
/// service that does not answer named plainly while the form keeps what was chosen.
/// </summary>
public abstract class ReportPageModel<TInput> : PageModel where TInput : class, new()
{
    [BindProperty(SupportsGet = true)]
    public TInput Input { get; set; } = new();

    public string? Unavailable { get; private set; }

    /// <summary>Whether the form was sent: a first visit shows no errors.</summary>
    public bool Asked => Request.Query.Keys.Any(k => k.StartsWith($"{nameof(Input)}.", StringComparison.Ordinal));

    /// <summary>The current report's query with <c>handler=Csv</c>: the same figures as a file.</summary>
    public string CsvHref => QueryString.Create(Request.Query
            .Where(q => q.Key != "handler")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("handler", "Csv")))
        .ToUriComponent();

    /// <summary>Runs the calls that make the report; false (with the reason on the page) when they could not.</summary>
    protected async Task<bool> TryAsync(Func<Task> load, Action<IReadOnlyDictionary<string, string[]>> refused)
    {
        try
        {
            await load();
            return true;
        }
        catch (ServiceValidationException e)
        {
            refused(e.Errors);
        }
        catch (ServiceUnavailableException e)
        {
            Unavailable = $"The report cannot be made right now because the {e.Service} service is not answering. " +
                          "What you chose is kept below: try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "A service behind this report did not accept your sign-in. Sign out and sign in again.";
        }
        return false;
    }

    /// <summary>A first visit shows the empty form; a sent form that is not valid shows its errors.</summary>
    protected bool ReadyToRun()
    {
        if (!Asked)
        {
            ModelState.Clear();
            return false;
        }
        ModelState.AddWholeInputChecks(Input, nameof(Input));
        return ModelState.IsValid;
    }

    protected FileContentResult Csv(string csv, string name) =>
        File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);
}
