using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SocialPrescribing.Web.Pages;

public static class ServiceErrorsExtensions
{
    /// <summary>
    /// Puts a service's field errors ("date", "minutes") on the form's fields ("Input.Date") so the
    /// NHS.UK summary links to them; errors about anything the form has no field for go to the top.
    /// </summary>
    /// <param name="aliases">The form's field for a service's name that differs ("referrer.name" → "ReferrerName").</param>
    public static void AddServiceErrors<TInput>(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        var fields = typeof(TInput).GetProperties().Select(p => p.Name).ToList();
        foreach (var (key, messages) in errors)
        {
            var name = aliases?.GetValueOrDefault(key) ?? key;
            var field = fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            foreach (var message in messages)
            {
                modelState.AddModelError(field is null ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
