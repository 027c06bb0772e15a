"""nbgrader settings for the BrokerLab course assignments (Java notebooks on the `java` kernel, JJava).

`tools/assignments.py` copies this file and source/ into a course directory under build/ (default
build/assignments) and runs nbgrader there, so generated student versions, submissions and the gradebook never
land in the repository. Running nbgrader by hand works the same way from that course directory.
"""
c = get_config()  # noqa: F821 (injected by traitlets when nbgrader loads this file)

c.CourseDirectory.course_id = "brokerlab"
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"

# Java has no `raise NotImplementedError()`: the stub throws, so a test cell calling an unfinished answer fails with
# a message that names it (brokerlab.grading.Checks turns it into "your f(...) threw RuntimeException: ...").
c.ClearSolutions.code_stub = {
    "java": '// YOUR CODE HERE\nthrow new RuntimeException("not implemented yet: replace this line with your code");',
}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

c.ExecutePreprocessor.kernel_name = "java"
# Per cell; a full-length simulation cell may take a minute on a busy laptop. The JVM start is part of the first cell.
c.ExecutePreprocessor.timeout = 600
