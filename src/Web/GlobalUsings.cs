global using SocialPrescribing.Web;
global using SocialPrescribing.Contracts.Http.Identity;
global using SocialPrescribing.Contracts.Http.Volunteering;
