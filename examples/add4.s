# add4: returns its argument plus 4 (System V: argument in rdi, result in rax).
# jitkit asm examples/add4.s --run 'i64(i64)' 2   ->   6
add4:
    mov rax, rdi
    add rax, 4
    ret
