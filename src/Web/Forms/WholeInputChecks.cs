using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SocialPrescribing.Web.Forms;

public static class WholeInputChecks
{
    /// <summary>
    /// MVC runs an input's own checks (<see cref="IValidatableObject"/>) only once every field is
    /// fine, so a form would show its problems in two rounds. This runs them anyway, adding what
    /// they find to fields that have no error yet, so every problem shows at once.
    /// </summary>
    public static void AddWholeInputChecks(this ModelStateDictionary modelState, object input, string prefix)
    {
        if (modelState.IsValid || input is not IValidatableObject whole)
        {
            return;
        }
        foreach (var result in whole.Validate(new ValidationContext(whole)))
        {
            foreach (var key in result.MemberNames.Select(member => $"{prefix}.{member}"))
            {
                if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
                {
                    modelState.AddModelError(key, result.ErrorMessage ?? "");
                }
            }
        }
    }
}
