using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SocialPrescribing.Web.Pages;

public static class ServiceErrorsExtensions
{
    /// <summary>
    /// Puts a service's field errors ("date", "minutes") on the form's fields ("Input.Date") so the
    /// NHS.UK summary links to them; errors about anything the form has no field for go to the top.
    /// </summary>
    public static void AddServiceErrors<TInput>(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix)
    {
        var fields = typeof(TInput).GetProperties().Select(p => p.Name).ToList();
        foreach (var (key, messages) in errors)
        {
            var field = fields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            foreach (var message in messages)
            {
                modelState.AddModelError(field is null ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
