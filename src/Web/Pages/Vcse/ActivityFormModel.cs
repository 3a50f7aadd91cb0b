using Microsoft.AspNetCore.Mvc;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>The pages with the activity form (list a new one, edit one), so the form's fields are written once.</summary>
public abstract class ActivityFormModel : VcsePageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public abstract bool IsNew { get; }
}
