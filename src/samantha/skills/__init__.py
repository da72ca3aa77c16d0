"""Skills: what she can do in the world. Today only the registry that knows what she can't do yet, the honest
answer to such requests, and the check that catches a promise no capability backs."""

from samantha.skills.capabilities import BUILT_IN, NOT_YET, Capabilities, Skill
from samantha.skills.promises import PromiseLink
from samantha.skills.requests import Request, answer_request, find_request

__all__ = ["BUILT_IN", "NOT_YET", "Capabilities", "PromiseLink", "Request", "Skill", "answer_request", "find_request"]
