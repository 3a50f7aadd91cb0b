using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages;

/// <summary>
/// What a page that loads from and changes a service shares: one way of telling the person that a service refused or
/// did not answer, keeping what they typed on the page.
/// </summary>
public abstract class ServicePageModel : PageModel
{
    /// <summary>Why the page could not show or do something (a service down, a sign-in refused, a stale edit).</summary>
    public string? Problem { get; protected set; }

    /// <summary>Loads what the page shows; null (with the reason on the page) when the service cannot give it.</summary>
    protected async Task<T?> TryLoadAsync<T>(Func<Task<T>> load, string what) where T : class
    {
        try
        {
            return await load();
        }
        catch (ServiceUnavailableException e)
        {
            Problem ??= $"{what} cannot be shown right now because the {e.Service} service is not answering. Try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Problem ??= $"{what} cannot be shown: the service did not accept your sign-in. Sign out and sign in again.";
        }
        return null;
    }

    /// <summary>
    /// Makes a change; false when it was not made, with the service's field errors on the form's
    /// fields (<typeparamref name="TInput"/> bound as "Input") or the reason at the top.
    /// A stale edit (<see cref="StaleEditException"/>) is left to the page, which knows what changed.
    /// </summary>
    protected async Task<bool> TryChangeAsync<TInput>(Func<Task> change, string notDone)
    {
        try
        {
            await change();
            return true;
        }
        catch (ServiceValidationException e)
        {
            // "contact.email" from the service is the form's "ContactEmail".
            var errors = e.Errors.GroupBy(kv => kv.Key.Replace(".", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).ToArray(), StringComparer.OrdinalIgnoreCase);
            ModelState.AddServiceErrors<TInput>(errors, "Input");
        }
        catch (ServiceUnavailableException e)
        {
            Problem = $"{notDone} because the {e.Service} service is not answering. What you entered is kept below: try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Problem = $"{notDone} because the service did not accept your sign-in. Sign out and sign in again.";
        }
        catch (RecordNotFoundException)
        {
            Problem = $"{notDone} because it is no longer there: it may have been removed by someone else.";
        }
        return false;
    }
}
