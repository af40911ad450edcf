"""Jupyter's kernel conformance suite (Debian's python3-jupyter-kernel-test) against the installed
neuron-java kernelspec. Run: /usr/bin/python3 -m unittest -v install/tests/test_conformance.py"""
import unittest

import jupyter_kernel_test


class NeuronJavaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "neuron-java"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "h.batch", "matches": {"batchRun(", "batchSave("}},
    ]
    complete_code_samples = ["1 + 1", "int a = 1;", "for (int i = 0; i < 2; i++) {\n}"]
    incomplete_code_samples = ["for (int i = 0; i < 2; i++) {", "int f(int x) {"]
    invalid_code_samples = ["int a = 1;)"]

    code_generate_error = 'throw new IllegalStateException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"neuron".length()', "result": "6"},
    ]
    code_display_data = [
        {"code": 'display(html("<b>soma</b>"));', "mime": "text/html"},
        {"code": 'display(plot(new double[] {0, 1, 2}, new double[] {3, 1, 2}));', "mime": "image/png"},
    ]
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "h.batchRun"


if __name__ == "__main__":
    unittest.main()
